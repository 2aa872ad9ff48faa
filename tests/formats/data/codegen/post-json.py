import requests

url = "https://api.contoso.test/orders"
headers = {
    "Content-Type": "application/json",
}
data = "{\n  \"name\": \"O'Brien \\\"Bob\\\"\",\n  \"city\": \"Köln\",\n  \"note\": \"$HOME `id` \\\\ 100%\"\n}".encode()

response = requests.request("POST", url, headers=headers, data=data, allow_redirects=False, timeout=30)
print(response.status_code)
print(response.text)
