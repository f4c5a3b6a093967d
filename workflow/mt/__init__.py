"""Machine translation: engines behind one protocol, Argos packages, protection, the step."""
