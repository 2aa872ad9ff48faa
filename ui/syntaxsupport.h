// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "formats/bodyformat.h"

#include <KSyntaxHighlighting/Definition>
#include <KSyntaxHighlighting/Repository>
#include <KSyntaxHighlighting/Theme>

class QPalette;

namespace gatehouse::ui {

// The one KSyntaxHighlighting repository of the process (loading it reads hundreds of
// definition files), created by app/main.cpp and handed to every widget that highlights.
class SyntaxSupport
{
public:
    SyntaxSupport();
    KSyntaxHighlighting::Repository &repository() { return m_repository; }
    KSyntaxHighlighting::Definition definitionFor(BodyLanguage language) const;
    // A light or dark theme matching the palette's window colour.
    KSyntaxHighlighting::Theme themeFor(const QPalette &palette) const;

private:
    KSyntaxHighlighting::Repository m_repository;
};

} // namespace gatehouse::ui
