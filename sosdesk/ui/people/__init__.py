"""The Personnes page: people lists, edit dialogs, window editor."""
