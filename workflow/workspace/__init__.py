"""The workspace: its folder, settings, run state, atomic file I/O and worker processes."""

from workflow.workspace.folder import SETTINGS_FILE, Workspace, open_workspace

__all__ = ["SETTINGS_FILE", "Workspace", "open_workspace"]
