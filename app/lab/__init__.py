"""The simulated Windows lab: a faithful model of the Software Protection Platform
reached only through real protocols (WS-Management over HTTP(S), DNS). A product
feature for training and demos, and what the tests run the real adapters against."""
