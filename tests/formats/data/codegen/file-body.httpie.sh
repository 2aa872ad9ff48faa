http --follow --verify=no PUT 'https://user:•••@files.contoso.test/blob/a.bin' \
  Content-Type:application/octet-stream \
  'Cookie:•••' \
  @a.bin
