curl -X PUT 'https://user:•••@files.contoso.test/blob/a.bin' \
  -L \
  -H 'Content-Type: application/octet-stream' \
  -H 'Cookie: •••' \
  --data-binary @a.bin \
  -k
