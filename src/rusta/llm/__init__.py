"""Model backends (SPEC §8): hands that turn a prompt into completions.

Nothing here is imported by model-free Rusta: `factory.backend_for` imports the chosen
backend's module (and its libraries) only when a model is configured.
"""
