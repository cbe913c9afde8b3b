"""Clinical sentences for the synthetic speech corpus (a package so that pip installs sentences.txt)."""
