"""The course hub: JupyterHub with nbgrader, one Unix account per roster member."""
