"""Text → TextReading. Trained artifacts ship in perception/model; training scripts live in training/."""
