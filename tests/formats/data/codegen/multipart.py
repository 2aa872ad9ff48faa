import requests

url = "http://127.0.0.1:8080/upload"
files = [
    ("title", (None, "Report")),
    ("meta", (None, "{\"a\":1}", "application/json")),
    ("file", ("report.pdf", open("/tmp/report.pdf", "rb"), "application/pdf")),
]

response = requests.request("POST", url, files=files)
print(response.status_code)
print(response.text)
