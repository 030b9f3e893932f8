"""The reviewer and operator web app at /ui: server-rendered pages, a little JavaScript, nothing from a CDN."""
