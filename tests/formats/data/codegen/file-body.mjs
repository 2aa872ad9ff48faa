import { openAsBlob } from "node:fs";

// TLS verification is off for this request; fetch cannot turn it off (Node.js: NODE_TLS_REJECT_UNAUTHORIZED=0).
const response = await fetch("https://user:•••@files.contoso.test/blob/a.bin", {
  method: "PUT",
  headers: {
    "Content-Type": "application/octet-stream",
    "Cookie": "•••",
  },
  body: await openAsBlob("a.bin"),
});
console.log(response.status);
console.log(await response.text());
