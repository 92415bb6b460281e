"""What wirelens learns from gold data, reproducibly (`wirelens train ...`)."""
