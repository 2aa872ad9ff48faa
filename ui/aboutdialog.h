// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

namespace gatehouse::ui {

// Help > About: Gatehouse's version, the versions of Qt, KF6 SyntaxHighlighting and QtKeychain it
// runs on (the same as `gatehouse --version`), and the licences of each.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // The text `--version` prints, for the "Copy" button and bug reports.
    [[nodiscard]] QString versionText() const;
};

} // namespace gatehouse::ui
