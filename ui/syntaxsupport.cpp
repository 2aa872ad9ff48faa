// SPDX-License-Identifier: GPL-3.0-or-later
#include "syntaxsupport.h"

#include <QPalette>

namespace gatehouse::ui {

SyntaxSupport::SyntaxSupport() = default;

KSyntaxHighlighting::Definition SyntaxSupport::definitionFor(BodyLanguage language) const
{
    const QString name = syntaxDefinitionName(language);
    return name.isEmpty() ? KSyntaxHighlighting::Definition() : m_repository.definitionForName(name);
}

KSyntaxHighlighting::Theme SyntaxSupport::themeFor(const QPalette &palette) const
{
    return m_repository.themeForPalette(palette);
}

} // namespace gatehouse::ui
