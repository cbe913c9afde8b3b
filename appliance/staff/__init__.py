"""Staff and doctors: roles, departments, weekly schedules."""
