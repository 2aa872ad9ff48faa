const response = await fetch("https://contoso.azure-api.net/echo/resource?param1=sample&subscription-key=•••&q=a%20b", {
  method: "GET",
  headers: {
    "Accept": "application/json",
    "Authorization": "Bearer •••",
    "Ocp-Apim-Subscription-Key": "•••",
    "X-Custom-Key": "•••",
    "X-Empty": "",
  },
});
console.log(response.status);
console.log(await response.text());
