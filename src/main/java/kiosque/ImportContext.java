package kiosque;

import java.util.function.LongSupplier;
import kiosque.content.ArchivePaths;
import kiosque.content.ArticleService;
import kiosque.imports.LeadImageDownloads;

/**
 * What {@code kiosque import} works with, built by {@link Wiring#importing}: the service the
 * importers save through, the old site's category and tag pages, the featured images' download,
 * and how many published articles still lack related lists (counted without opening the index,
 * which a server running beside the import holds).
 */
public record ImportContext(ArticleService articles, ArchivePaths archivePaths, LeadImageDownloads leadImages,
    LongSupplier articlesWithoutLists) {}
