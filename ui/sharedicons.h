// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QString>

class QStyle;

namespace gatehouse::ui {

// Sets the application style (by name; empty: the current one), wrapped so that its standard
// icons are made once and shared. Qt's styles make a new QIcon for every standard icon a widget
// asks for (each line edit's clear button, …); every one is loaded from its file again and put
// into QPixmapCache under a key of its own, so a session that keeps opening and closing tabs fills
// the cache (up to its 10 MB limit) with copies of the same few pictures (issue 8's soak).
void setApplicationStyle(const QString &name = {});

// The name of a style, or of the style a proxy style (such as the one above) wraps.
QString styleName(const QStyle *style);

} // namespace gatehouse::ui
