// SPDX-License-Identifier: GPL-3.0-or-later
#include "aboutdialog.h"

#include "buildinfo.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_s);
    setWindowTitle(tr("About Gatehouse"));

    auto *title = new QLabel(u"<h2>Gatehouse %1</h2>"_s.arg(gatehouseVersion().toHtmlEscaped()), this);
    title->setObjectName(u"aboutTitle"_s);
    title->setTextFormat(Qt::RichText);

    auto *summary = new QLabel(tr("A native API client that understands Azure API Management.\n"
                                  "Gatehouse is free software: you may redistribute and change it under the terms of the "
                                  "GNU General Public License, version 3 or later (GPL-3.0-or-later)."),
                               this);
    summary->setObjectName(u"aboutSummary"_s);
    summary->setWordWrap(true);

    // One row per component: name, version in use, licence. The licence column is SPDX, as in the
    // Debian copyright file.
    const QList<ComponentInfo> components = componentInfo();
    auto *table = new QTableWidget(int(components.size()) + 1, 3, this);
    table->setObjectName(u"aboutComponents"_s);
    table->setHorizontalHeaderLabels({tr("Component"), tr("Version"), tr("Licence")});
    table->verticalHeader()->hide();
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->setFocusPolicy(Qt::NoFocus);
    const auto setRow = [table](int row, const QString &name, const QString &version, const QString &licence) {
        table->setItem(row, 0, new QTableWidgetItem(name));
        table->setItem(row, 1, new QTableWidgetItem(version));
        table->setItem(row, 2, new QTableWidgetItem(licence));
    };
    setRow(0, u"Gatehouse"_s, gatehouseVersion(), u"GPL-3.0-or-later"_s);
    for (int i = 0; i < components.size(); ++i)
        setRow(i + 1, components[i].name, components[i].version, components[i].licence);
    table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    table->horizontalHeader()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    QPushButton *copy = buttons->addButton(tr("&Copy Version Information"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"aboutCopyButton"_s);
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(versionText()); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addWidget(summary);
    layout->addWidget(table, 1);
    layout->addWidget(buttons);
    resize(520, 320);
}

QString AboutDialog::versionText() const
{
    return gatehouse::versionText(u"gatehouse"_s);
}

} // namespace gatehouse::ui
