import requests

url = "https://api.contoso.test/bytes"
headers = {
    "Content-Type": "application/x-thing",
}
data = b"\x01\x02tab\x09here\xff\xfe"

response = requests.request("PATCH", url, headers=headers, data=data)
print(response.status_code)
print(response.text)
