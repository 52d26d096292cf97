"""The home page of each role (issue 14): the work waiting for the signed-in person."""
