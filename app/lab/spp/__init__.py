"""The simulated Software Protection Platform: products, keys, KMS hosts and clients.

A pure-Python model (no sockets, no command lines) of what the Windows licensing
service does, built from the seeds and activation-facts.md: activation
thresholds, the host's CMID table, key groups, CSVLK/MAK limits, phone
activation, DNS discovery and the host's firewall. ``app.lab.world`` puts it
behind the command lines a real Windows shell receives.
"""
