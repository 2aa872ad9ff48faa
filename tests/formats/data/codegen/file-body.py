import requests

url = "https://user:•••@files.contoso.test/blob/a.bin"
headers = {
    "Content-Type": "application/octet-stream",
    "Cookie": "•••",
}
data = open("a.bin", "rb")

response = requests.request("PUT", url, headers=headers, data=data, verify=False)
print(response.status_code)
print(response.text)
