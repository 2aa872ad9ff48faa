const response = await fetch("https://api.contoso.test/bytes", {
  method: "PATCH",
  headers: {
    "Content-Type": "application/x-thing",
  },
  body: new Uint8Array([1, 2, 116, 97, 98, 9, 104, 101, 114, 101, 255, 254]),
});
console.log(response.status);
console.log(await response.text());
