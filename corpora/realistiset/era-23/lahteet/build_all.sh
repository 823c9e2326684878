#!/bin/sh
# Rakentaa era-23-erän uudelleen: python3.11 -m venv /tmp/writer23-venv && /tmp/writer23-venv/bin/pip install python-docx lxml
cd "$(dirname "$0")" && for g in gen_a.py gen_b.py gen_c.py gen_d.py; do /tmp/writer23-venv/bin/python "$g" || exit 1; done
