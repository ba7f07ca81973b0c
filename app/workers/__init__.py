"""The one background-work primitive (QThreadPool; Qt core only): see ``tasks.run_task``."""

from app.workers.tasks import MAX_UPDATES_PER_SECOND, Task, run_task

__all__ = ["MAX_UPDATES_PER_SECOND", "Task", "run_task"]
