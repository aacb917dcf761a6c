import sys
from pathlib import Path

# The tests import the package from src/ and their helpers from here, installed or not.
sys.path[:0] = [str(Path(__file__).resolve().parents[1] / "src"), str(Path(__file__).resolve().parent)]
