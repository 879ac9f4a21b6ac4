"""The page scripts (thin: widgets, layout, calls into ``ui`` and ``analytics``). Not ``pages/``: a ``pages/``
folder beside ``app.py`` puts Streamlit in its legacy multipage mode until ``st.navigation`` first runs."""
