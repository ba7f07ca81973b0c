import pytest
from PySide6.QtCore import QThreadPool


@pytest.fixture
def pool():
    pool = QThreadPool()
    pool.setMaxThreadCount(4)
    yield pool
    pool.waitForDone(5000)
