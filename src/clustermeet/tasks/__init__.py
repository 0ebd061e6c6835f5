"""Background work: one adapter for every long task (see `adapter`), its progress in `TaskRun`."""
