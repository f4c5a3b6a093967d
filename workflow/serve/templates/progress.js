// Live progress of a run (server-sent events). Without JavaScript the page reloads itself.
(function () {
  var state = document.getElementById("run-state");
  if (!state || !window.EventSource) return;
  var table = document.querySelector("#progress tbody");
  var source = new EventSource("/run/" + state.dataset.job + "/events");
  source.addEventListener("progress", function (e) {
    var p = JSON.parse(e.data);
    var row = table.querySelector('tr[data-step="' + CSS.escape(p.step) + '"]');
    if (!row) {
      row = document.createElement("tr");
      row.dataset.step = p.step;
      var th = document.createElement("th");
      th.textContent = p.step;
      var bar = document.createElement("td");
      bar.appendChild(document.createElement("progress"));
      var n = document.createElement("td");
      n.className = "n";
      row.append(th, bar, n);
      table.appendChild(row);
    }
    var progress = row.querySelector("progress");
    progress.max = p.total;
    progress.value = p.done;
    row.querySelector(".n").textContent = p.done + "/" + p.total;
  });
  source.addEventListener("end", function () {
    source.close();
    state.textContent = "finished, loading the summary…";
    window.location.reload();
  });
})();
