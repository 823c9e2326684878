"""`suunnitelmatarkastin palvelin`: the checker as a web page and an HTTP API.

Most applicants never open a terminal, and a funder wants to offer the check on its own site. The
service is stateless: every upload lives in a private temporary folder for the length of its
request, and every download is part of the result page itself.
"""
