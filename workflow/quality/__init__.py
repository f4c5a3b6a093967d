"""Quality checks: the check registry, the check families and the publication gate."""
