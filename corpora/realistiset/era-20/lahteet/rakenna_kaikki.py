"""Rakentaa era-20-erän kaikki dokumentit uudelleen: cd lahteet && /tmp/writer20-venv/bin/python rakenna_kaikki.py"""
import runpy, os
os.chdir(os.path.dirname(os.path.abspath(__file__)))
for i in range(1, 9):
    runpy.run_path(f'd0{i}.py')
