curl 'https://contoso.azure-api.net/echo/resource?param1=sample&subscription-key=•••&q=a%20b' \
  -L \
  -H 'Accept: application/json' \
  -H 'Authorization: Bearer •••' \
  -H 'Ocp-Apim-Subscription-Key: •••' \
  -H 'X-Custom-Key: •••' \
  -H 'X-Empty;'
