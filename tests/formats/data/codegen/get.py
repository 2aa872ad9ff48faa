import requests

url = "https://contoso.azure-api.net/echo/resource?param1=sample&subscription-key=•••&q=a%20b"
headers = {
    "Accept": "application/json",
    "Authorization": "Bearer •••",
    "Ocp-Apim-Subscription-Key": "•••",
    "X-Custom-Key": "•••",
    "X-Empty": "",
}

response = requests.request("GET", url, headers=headers)
print(response.status_code)
print(response.text)
