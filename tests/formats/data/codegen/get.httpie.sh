http --follow GET 'https://contoso.azure-api.net/echo/resource?param1=sample&subscription-key=•••&q=a%20b' \
  Accept:application/json \
  'Authorization:Bearer •••' \
  'Ocp-Apim-Subscription-Key:•••' \
  'X-Custom-Key:•••' \
  'X-Empty;'
