"""The only code touching subprocess, pywinrm, dnspython, keyring, sqlite and sockets."""
