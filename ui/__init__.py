"""Streamlit helpers shared by the pages: state in the URL, cached loaders, page chrome, map rendering."""
