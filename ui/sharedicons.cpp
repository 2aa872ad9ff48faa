// SPDX-License-Identifier: GPL-3.0-or-later
#include "sharedicons.h"

#include <QApplication>
#include <QHash>
#include <QIcon>
#include <QProxyStyle>
#include <QStyleFactory>
#include <QStyleOption>
#include <QWidget>

using namespace Qt::StringLiterals;

namespace gatehouse::ui {

namespace {

class SharedIconStyle : public QProxyStyle
{
public:
    explicit SharedIconStyle(QStyle *base)
        : QProxyStyle(base)
    {
    }

    QIcon standardIcon(StandardPixmap icon, const QStyleOption *option, const QWidget *widget) const override
    {
        // What a standard icon can depend on: the layout direction (arrows) and the application
        // palette (light or dark icon themes). A widget's own palette does not pick another file.
        const Qt::LayoutDirection direction = option ? option->direction : widget ? widget->layoutDirection() : QGuiApplication::layoutDirection();
        const QString key = u"%1/%2/%3"_s.arg(int(icon)).arg(int(direction)).arg(QGuiApplication::palette().cacheKey());
        const auto it = m_icons.constFind(key);
        if (it != m_icons.cend())
            return *it;
        const QIcon made = QProxyStyle::standardIcon(icon, option, widget);
        m_icons.insert(key, made);
        return made;
    }

private:
    mutable QHash<QString, QIcon> m_icons;
};

} // namespace

QString styleName(const QStyle *style)
{
    const auto *proxy = qobject_cast<const QProxyStyle *>(style);
    return proxy && proxy->baseStyle() ? proxy->baseStyle()->name() : style->name();
}

void setApplicationStyle(const QString &name)
{
    const QString styleName = name.isEmpty() ? ui::styleName(QApplication::style()) : name;
    QStyle *base = QStyleFactory::create(styleName);
    if (!base)
        return; // no such style: keep the current one
    QApplication::setStyle(new SharedIconStyle(base)); // the application owns it, it owns base
}

} // namespace gatehouse::ui
