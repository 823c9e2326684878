#!/bin/sh
# Rakentaa erän uudelleen: python3.11 -m venv /tmp/writers5-venv && /tmp/writers5-venv/bin/pip install python-docx lxml
cd "$(dirname "$0")" && for g in gen_*.py; do /tmp/writers5-venv/bin/python "$g" || exit 1; done
