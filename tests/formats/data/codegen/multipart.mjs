import { openAsBlob } from "node:fs";

const form = new FormData();
form.append("title", "Report");
form.append("meta", new Blob(["{\"a\":1}"], { type: "application/json" }));
form.append("file", await openAsBlob("/tmp/report.pdf", { type: "application/pdf" }), "report.pdf");

const response = await fetch("http://127.0.0.1:8080/upload", {
  method: "POST",
  body: form,
});
console.log(response.status);
console.log(await response.text());
