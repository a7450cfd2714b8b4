"""The relationship map of a case (issue 3): canvas, panels, snapshots, export."""
