// Mozaik's fill form, as answers change: asks the server which questions
// apply and which are required given the answers typed so far (the same
// logic a save applies), then marks them and updates the progress. Before a
// file is uploaded (a form of its own), the answers typed so far are saved
// as a draft, so the page the upload leads back to still has them. The form
// works without this script.
(function () {
  "use strict";
  var form = document.querySelector("form.assessment[data-logic]");
  if (!form || !window.fetch || !window.FormData || !window.URLSearchParams) {
    return;
  }
  var timer = null;

  function mark(name, state) {
    var field = document.getElementById("q-" + name);
    if (!field) {
      return;
    }
    var no = state.applies === "no";
    field.classList.toggle("not-relevant", no);
    var note = field.querySelector(".not-applicable");
    if (note) {
      note.hidden = !no;
    }
    var required = field.querySelector(".required-mark");
    if (required) {
      required.hidden = !state.required;
    }
  }

  function show(state) {
    Object.keys(state.questions).forEach(function (name) {
      mark(name, state.questions[name]);
    });
    Object.keys(state.sections).forEach(function (name) {
      var progress = document.getElementById("progress-" + name);
      if (progress) {
        progress.textContent = state.sections[name];
      }
    });
    var overall = document.getElementById("progress");
    if (overall) {
      overall.textContent = state.progress;
    }
  }

  function refresh() {
    var body = new URLSearchParams(new FormData(form));
    fetch(form.getAttribute("data-logic"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" }
    })
      .then(function (reply) {
        return reply.ok ? reply.json() : null;
      })
      .then(function (state) {
        if (state) {
          show(state);
        }
      })
      .catch(function () {
        // Offline or refused: the form still saves and checks on submit.
      });
  }

  form.addEventListener("change", function () {
    window.clearTimeout(timer);
    timer = window.setTimeout(refresh, 200);
  });

  function saveThenUpload(event) {
    var upload = event.target;
    if (upload.getAttribute("data-saved")) {
      return;
    }
    event.preventDefault();
    var body = new URLSearchParams(new FormData(form));
    body.set("action", "save");
    fetch(form.getAttribute("action"), {
      method: "POST",
      body: body,
      credentials: "same-origin",
      headers: { "Content-Type": "application/x-www-form-urlencoded" }
    })
      .catch(function () {
        // Offline: the upload still goes, as it would without this script.
      })
      .then(function () {
        upload.setAttribute("data-saved", "1");
        upload.submit();
      });
  }

  Array.prototype.forEach.call(document.querySelectorAll("form[id^='upload-']"), function (upload) {
    upload.addEventListener("submit", saveThenUpload);
  });
})();
