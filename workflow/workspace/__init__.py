"""The workspace: its folder, settings, run state, atomic file I/O and worker processes."""

from workflow.workspace.folder import Workspace, open_workspace
from workflow.workspace.settings import SETTINGS_FILE, Settings

__all__ = ["SETTINGS_FILE", "Settings", "Workspace", "open_workspace"]
