"""职业培训: the vocational training page (placeholder package file of the training-outcomes
branch; the training-ui branch brings this file with the page's PAGES and HELP, which
replaces it when merged)."""
