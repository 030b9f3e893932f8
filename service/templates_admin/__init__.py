"""The template library as admins edit it: database rows over the packaged library.json."""
