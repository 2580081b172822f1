package org.clusteratlas.collection;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;

/**
 * The import page: download the template, upload a file, follow its progress, read its report and
 * download the problems. The page's script talks to {@code /api/v1/imports}.
 */
@Controller
class ImportPage {

  @GetMapping("/imports")
  String imports() {
    return "imports";
  }
}
