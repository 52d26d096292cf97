"""Users in the window: sign-in, switching user, managing users and passwords."""
